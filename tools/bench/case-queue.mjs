import pg from 'pg';

/**
 * A department's case queue at two sizes of the tenant: the demo district is filled with cases
 * straight in PostgreSQL, spread over its departments, each with its party. The first thousand
 * hold the open work (one in twenty still with a department); the rest are the rated cases of
 * past years. So the queue is the same at both sizes and what grows is the history the query
 * must not read. It is asked through the gateway as a department (`{"queue":true}`).
 */
export const fillCases = async ({ adminUrl, tenant, upTo }) => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const [{ count }] = (await client.query('select count(*)::integer as count from handling_feedback.cases where tenant_id = $1', [tenant])).rows;
    if (count >= upTo) return count;
    const departments = (await client.query(`select id from directory.org_units where tenant_id = $1 and kind = 'department' order by name`, [tenant])).rows.map((row) => row.id);
    const parties = (await client.query(`select id from directory.org_units where tenant_id = $1 and kind = 'democratic_party' order by name`, [tenant])).rows.map((row) => row.id);
    const year = new Date().getFullYear();
    await client.query(
      `with added as (
         insert into handling_feedback.cases (tenant_id, title, text, status, suggested_track, track, source_kind, source_title, lead_org_unit_id,
           assigned_by_role, assigned_at, due_at, released_at, on_time, raised_at, year)
         select $1, '基准意见 ' || g, '基准意见内容 ' || g, case when g % 20 = 0 and g <= 1000 then 'assigned' else 'rated' end, 'actionable', 'actionable', 'meeting', '基准协商会',
           ($4::uuid[])[1 + g % cardinality($4::uuid[])], 'office', now() - (g % 300) * interval '1 day', now() + (g % 90 - 30) * interval '1 day',
           case when g % 20 = 0 and g <= 1000 then null else now() - (g % 200) * interval '1 day' end, case when g % 20 = 0 and g <= 1000 then null else g % 7 <> 0 end, now(), $5
         from generate_series($2::integer, $3::integer) g
         returning id, number)
       insert into handling_feedback.case_parties (tenant_id, case_id, party_org_unit_id, raised_by_name, opinion_id)
       select $1, id, ($6::uuid[])[1 + number % cardinality($6::uuid[])], '基准党派', null from added`,
      [tenant, count + 1, upTo, departments, year, parties],
    );
    await client.query('analyze handling_feedback.cases');
    await client.query('analyze handling_feedback.case_parties');
    return upTo;
  } finally {
    await client.end();
  }
};
