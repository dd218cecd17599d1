-- How many of the four complaint steps a case has, kept on the case so complaint handling reads one
-- index; maintained when a step is recorded and when the case is derived again.
alter table rm_case add column complaint_steps integer not null default 0;
update rm_case c set complaint_steps = (select count(*) from rm_complaint_step s where s.case_id = c.case_id)
where c.category = 'COMPLAINT';
drop index rm_case_complaint_resolved;
create index rm_case_complaint_resolved on rm_case (team_id, resolved_at)
    include (opened_at, complaint_steps, opener_agent, opener_channel)
    where category = 'COMPLAINT' and resolved_at is not null;
