// The one list of trades (工种) the product knows: a worker's profile, an honour's trade and a contest's trade all
// pick from it. Stored as stable codes, not as the Chinese labels: a label may be reworded when 国家职业分类 renames
// an occupation (it did in 2015 and 2022), and contest eligibility compares stored trades with each other, which a
// renamed label would silently break. Codes are never reused or renamed; labels may change.

export const trades = [
  ['electrician', '电工'],
  ['welder', '焊工'],
  ['lathe_operator', '车工'],
  ['fitter', '钳工'],
  ['milling_operator', '铣工'],
  ['grinder_operator', '磨工'],
  ['cnc_lathe_operator', '数控车工'],
  ['cnc_milling_operator', '数控铣工'],
  ['machining_center_operator', '加工中心操作工'],
  ['mould_maker', '模具工'],
  ['instrument_repairer', '仪器仪表维修工'],
  ['electronics_assembler', '电子设备装接工'],
  ['industrial_robot_operator', '工业机器人系统操作员'],
  ['industrial_robot_maintainer', '工业机器人系统运维员'],
  ['plc_technician', '可编程序控制系统设计师'],
  ['auto_mechanic', '汽车维修工'],
  ['ev_mechanic', '新能源汽车维修工'],
  ['elevator_mechanic', '电梯安装维修工'],
  ['substation_maintainer', '变电检修工'],
  ['quality_inspector', '质检员'],
  ['textile_operator', '纺织挡车工'],
  ['hvac_mechanic', '制冷空调系统安装维修工'],
  ['chemical_inspector', '化学检验员'],
  ['chemical_operator', '化工总控工'],
  ['bricklayer', '砌筑工'],
  ['rebar_worker', '钢筋工'],
  ['concrete_worker', '混凝土工'],
  ['carpenter', '木工'],
  ['plasterer', '抹灰工'],
  ['surveyor', '工程测量员'],
  ['crane_operator', '起重装卸机械操作工'],
  ['power_line_worker', '送配电线路工'],
  ['electric_meter_installer', '装表接电工'],
  ['elder_carer', '养老护理员'],
  ['infant_carer', '育婴员'],
  ['housekeeper', '家政服务员'],
  ['chinese_cook', '中式烹调师'],
  ['pastry_cook', '中式面点师'],
  ['western_cook', '西式烹调师'],
  ['tea_artist', '茶艺师'],
  ['hairdresser', '美发师'],
  ['beautician', '美容师'],
  ['courier', '快递员'],
  ['delivery_rider', '网约配送员'],
  ['ecommerce_specialist', '电子商务师'],
  ['network_technician', '网络与信息安全管理员'],
  ['warehouse_keeper', '仓储管理员'],
  ['other', '其他'],
] as const;

export type TradeCode = (typeof trades)[number][0];
export const tradeCodes = trades.map(([code]) => code) as unknown as readonly [TradeCode, ...TradeCode[]];
export const tradeLabels = Object.fromEntries(trades) as Record<TradeCode, string>;

/** Older or everyday names of listed trades, as workers typed them before the list (维修电工 is 电工's old name). */
const aliases: Readonly<Record<string, TradeCode>> = {
  维修电工: 'electrician',
  电焊工: 'welder',
  汽车修理工: 'auto_mechanic',
  挡车工: 'textile_operator',
  质量检验员: 'quality_inspector',
};

const byLabel = new Map<string, TradeCode>([
  ...trades.map(([code, label]) => [label, code] as const),
  ...Object.entries(aliases),
]);
const byCode = new Set<string>(tradeCodes);

export function isTradeCode(value: unknown): value is TradeCode {
  return typeof value === 'string' && byCode.has(value);
}

/** A trade as stored: the code, and for 其他 the worker's own words (or a pre-list free text, kept so nothing is lost). */
export interface TradeValue {
  code: TradeCode;
  note: string | null;
}

/**
 * Reads a stored trade of any age: a code as it is now; a free text from before the list that is a label or a known older name
 * (spaces aside) maps to its code; any other text becomes 其他 with the text kept as its note.
 */
export function tradeOfStored(code: unknown, note?: unknown): TradeValue {
  const keptNote = typeof note === 'string' && note.trim() !== '' ? note.trim() : null;
  if (isTradeCode(code)) return { code, note: code === 'other' ? keptNote : null };
  const text = typeof code === 'string' ? code.replace(/\s+/g, '') : '';
  const matched = byLabel.get(text);
  if (matched) return { code: matched, note: null };
  return { code: 'other', note: text === '' ? keptNote : text };
}

/** How a trade reads: its label, or for 其他 the worker's words where they gave some. */
export function tradeText(value: TradeValue): string {
  return value.code === 'other' && value.note ? value.note : tradeLabels[value.code];
}
