-- Facts kept ready for the KPI queries (see docs/benchmarks/kpi-service.md):
-- first_active: this interaction is its customer's first non-voided contact ever whose outcome is
--   not NO_RESPONSE (in the SPEC order), so "new customers" needs no look-up per customer;
-- answered: a response names this invitation (set by whichever of the two events comes second).
alter table rm_interaction add column first_active boolean not null default false;
alter table rm_invitation add column answered boolean not null default false;

update rm_interaction i set first_active = true
where i.interaction_id = (select j.interaction_id from rm_interaction j
                          where j.customer_id = i.customer_id and not j.voided and j.outcome <> 'NO_RESPONSE'
                          order by j.occurred_at, j.logged_at, j.sequence, j.interaction_id limit 1);
update rm_invitation v set answered = exists (select 1 from rm_response r where r.invitation_id = v.invitation_id);

-- retention and CRR: a team's active contacts in a period, narrow enough for an index-only scan
create index rm_interaction_active on rm_interaction (team_id, occurred_at) include (customer_id, first_active)
    where not voided and outcome <> 'NO_RESPONSE';
