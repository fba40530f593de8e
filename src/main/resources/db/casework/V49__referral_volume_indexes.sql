-- casework (MNR): indexes for the provider's inbox and the dashboards at ten times the country's yearly
-- volume (120,000 cases, 600,000 referrals; bench/casework-bench.sh, docs/PERFORMANCE.md). Plain composite
-- indexes, the same on H2 and PostgreSQL.

-- the provider's last closed referrals (newest closing first): read backwards from the newest, instead of
-- sorting every referral the provider ever closed
create index mnr_referral_provider_closed on mnr_referral (provider_organisation_id, closed_at);

-- the median response time by provider over the last year, nationally and for one cell: the window is a
-- range of the index and the columns the median needs are in it (an index-only scan on PostgreSQL)
create index mnr_referral_answered on mnr_referral (answered_at, provider_organisation_id, sent_at);
create index mnr_referral_sender_answered on mnr_referral (sender_organisation_id, answered_at,
    provider_organisation_id, sent_at);

-- referrals awaiting an answer, counted by urgency, nationally and for one cell
create index mnr_referral_awaiting on mnr_referral (status, sender_organisation_id, urgent);

-- open cases by status, victim status and age, nationally and for one cell (index-only)
create index mnr_case_stage on mnr_case (cas_status, organisation_id, vic_trafficking_status, is_child);

-- overdue follow-ups nationally (the cell's count has mnr_followup_cell)
create index mnr_followup_due on mnr_followup (done_on, due_on);
