import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { as, orgUnits } from './planning-fixtures.js';

/** An instant `days` from now, as a client sends it (China time). */
export const inDays = (days: number, hour = 9): string => {
  const day = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:30:00+08:00`;
};

export interface InterviewPeople {
  leader: ReturnType<typeof as>;
  ufwd: ReturnType<typeof as>;
  office: ReturnType<typeof as>;
  partyLeader: ReturnType<typeof as>;
  partyMember: ReturnType<typeof as>;
  otherParty: ReturnType<typeof as>;
  otherTenant: ReturnType<typeof as>;
  tokens: Record<'leader' | 'ufwd' | 'partyLeader' | 'partyMember' | 'otherParty', string>;
  leaderId: string;
  ufwdId: string;
  minmeng: string;
  jiusan: string;
  fagai: string;
  enyangMinmeng: string;
}

/** bazhou's leader, UFWD, office and 民盟's leader and member; 九三学社's member; enyang's office. */
export const interviewPeople = async (): Promise<InterviewPeople> => {
  const tokens = {
    leader: await passwordToken('leader'),
    ufwd: await passwordToken('ufwd'),
    partyLeader: await passwordToken('minmeng-leader'),
    partyMember: await passwordToken('minmeng'),
    otherParty: await passwordToken('jiusan'),
  };
  const units = await orgUnits(await passwordToken('bazhou-admin'));
  const enyangUnits = await orgUnits(await passwordToken('enyang-admin'));
  const idOf = async (token: string) => ((await callGateway('/api/v1/me', { token })).body as { id: string }).id;
  const unit = (map: typeof units, name: string): string => {
    const found = map.get(name);
    if (!found) throw new Error(`No ${name} among ${[...map.keys()].join(', ')}`);
    return found.id;
  };
  return {
    leader: as(tokens.leader),
    ufwd: as(tokens.ufwd),
    office: as(await passwordToken('office')),
    partyLeader: as(tokens.partyLeader),
    partyMember: as(tokens.partyMember),
    otherParty: as(tokens.otherParty),
    otherTenant: as(await passwordToken('enyang-office')),
    tokens,
    leaderId: await idOf(tokens.leader),
    ufwdId: await idOf(tokens.ufwd),
    minmeng: unit(units, '民盟'),
    jiusan: unit(units, '九三学社'),
    fagai: unit(units, '发改局'),
    enyangMinmeng: unit(enyangUnits, '民盟'),
  };
};
