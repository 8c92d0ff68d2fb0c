export interface DemoPlanItem {
  topic: string;
  form: 'meeting' | 'written';
  meetingType?: 'thematic' | 'research' | 'briefing';
  plannedDate?: string;
  plannedMonth?: number;
  /** The short name of the item's lead unit. */
  lead: string;
  contentCategory: string;
}

export declare const chinaDay: (now: Date) => string;
export declare const demoPlanYear: (now: Date) => number;
export declare const demoMeetingStart: (now: Date) => Date;
export declare const HELD_TOPIC: string;
export declare const demoPlanItems: (today: string) => DemoPlanItem[];
