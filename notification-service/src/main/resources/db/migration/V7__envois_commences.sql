-- One row per SMTP conversation started, committed on its own before the conversation. SMTP cannot
-- be asked whether a message went through, so when the service dies after the server accepted an
-- e-mail but before the outcome was recorded, the e-mail is sent again (same Message-ID, which mail
-- readers use to merge copies). This table is the trace of it: more conversations started than
-- outcomes recorded (notification.tentatives) means one was cut off and the recipient may hold two
-- copies. Kept with the proof of sending, which is never deleted.
create table notification_envoi (
    notification_id uuid        not null references notification (id) on delete cascade,
    commence_le     timestamptz not null
);
create index notification_envoi_par_notification on notification_envoi (notification_id);
