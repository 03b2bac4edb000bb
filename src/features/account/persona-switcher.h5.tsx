// 本地身份: the seeded people of the local cloud, to act as one of them in the browser. H5 only: the weapp build
// takes persona-switcher.weapp.tsx, which renders nothing, so none of this reaches WeChat.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
// Renamed: it is a plain setter, not a React hook.
import { localOpenid, useLocalOpenid as setLocalOpenid } from '@/cloud/local-identity';
import type { PersonaSwitcherProps } from './persona-switcher-types';
import './persona-switcher.css';

interface Persona {
  openid: string;
  name: string;
  description: string;
}

function isPersonaList(value: unknown): value is { personas: Persona[] } {
  const list = (value as { personas?: unknown } | null)?.personas;
  return (
    Array.isArray(list) &&
    list.every(
      (p: Partial<Persona>) =>
        typeof p?.openid === 'string' && typeof p.name === 'string' && typeof p.description === 'string',
    )
  );
}

export function PersonaSwitcher({ onSwitched }: PersonaSwitcherProps) {
  const [personas, setPersonas] = useState<Persona[] | null>(null);
  const [current, setCurrent] = useState(() => localOpenid());

  useEffect(() => {
    let live = true;
    fetch('/_local/personas')
      .then(async (response) => {
        if (!response.ok) return;
        const body: unknown = await response.json();
        if (live && isPersonaList(body) && body.personas.length > 0) setPersonas(body.personas);
      })
      // Not served (e.g. a static host): the card simply is not there.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (!personas) return null;

  const pick = (openid: string) => {
    setLocalOpenid(openid);
    setCurrent(openid);
    onSwitched();
  };

  return (
    <View className="jx-card" aria-label="本地身份（仅本地）">
      <Text className="jx-text-title">本地身份（仅本地）</Text>
      <Text className="jx-text-secondary jx-block">选一个演示身份，本页和其他页面都会以此身份调用本地云。</Text>
      <View className="jx-personas">
        {personas.map((persona) => {
          const picked = persona.openid === current;
          return (
            <View
              key={persona.openid}
              className={`jx-persona${picked ? ' jx-persona--picked' : ''}`}
              role="radio"
              aria-checked={picked}
              aria-label={`${persona.name}，${persona.description}`}
              onClick={() => pick(persona.openid)}
            >
              <Text className="jx-text-body jx-persona__name">
                {persona.name}
                {picked ? '（当前）' : ''}
              </Text>
              <Text className="jx-text-secondary jx-persona__description">{persona.description}</Text>
            </View>
          );
        })}
      </View>
    </View>
  );
}
