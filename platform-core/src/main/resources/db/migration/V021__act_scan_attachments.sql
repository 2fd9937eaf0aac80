-- The signed scan of an approving order is part of the record: attachments are kept, never replaced.
-- Each upload is a new attachment (numbered per request); the newest is the scan in force. After the
-- request is enacted, a new one is only a correction with its reason, and the earlier one stays.
drop index approving_act_scan_request_uq;
alter table approving_act_scan add column attachment_no integer not null default 1 check (attachment_no > 0);
alter table approving_act_scan add column correction_reason varchar(1000);
create unique index approving_act_scan_attachment_uq on approving_act_scan (request_id, attachment_no);
revoke update, delete on approving_act_scan from ${app_role};
