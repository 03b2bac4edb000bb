// Paged lists moved to the cloud client, which the public vote pages share; the workbench keeps its import.
export * from '@/cloud/use-paged';
