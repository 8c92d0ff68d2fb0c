import { SETTING_DEFINITIONS, TEMPLATE_DEFAULTS, TEMPLATE_VARIABLES, templateKey, unknownTemplateVariables } from '../index';

describe('template variables', () => {
  it('names every variable the built-in templates use', () => {
    for (const [name, texts] of Object.entries(TEMPLATE_DEFAULTS)) {
      expect([name, unknownTemplateVariables(name, texts['zh-CN']), unknownTemplateVariables(name, texts.en)]).toEqual([name, [], []]);
    }
  });

  it('refuses a template with a variable its notice does not fill, naming it', () => {
    const schema = SETTING_DEFINITIONS[templateKey('meeting.noticed', 'zh-CN')]?.schema;
    expect(schema?.safeParse('{title}于{date}在{place}').success).toBe(true);
    const refused = schema?.safeParse('{title}于{when}');
    expect(refused?.success).toBe(false);
    expect(refused?.error?.issues[0]?.message).toContain('{when}');
    expect(TEMPLATE_VARIABLES['meeting.noticed']).toContain('place');
  });
});
