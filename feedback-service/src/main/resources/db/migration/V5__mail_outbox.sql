-- Survey mails queued by the transaction that created the invitation, sent after it commits by the
-- relay (rapport.feedback.invitation.MailOutbox), deleted once the SMTP server took them. A row holds
-- the address and the link until then; an erasure deletes the customer's rows.
create table mail_outbox (
    id               uuid           primary key,
    invitation_id    uuid           not null,
    customer_id      uuid           not null,
    recipient        varchar(254)   not null,
    subject          varchar(300)   not null,
    text_body        text           not null,
    html_body        text           not null,
    created_at       timestamptz    not null,
    next_attempt_at  timestamptz    not null,
    expires_at       timestamptz    not null,
    attempts         integer        not null default 0,
    last_error       varchar(2000)
);
create index mail_outbox_due on mail_outbox (next_attempt_at);
create index mail_outbox_customer on mail_outbox (customer_id);
