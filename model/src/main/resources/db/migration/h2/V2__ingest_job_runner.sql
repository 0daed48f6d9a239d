-- The node that runs each ingest job: a node restarting after a crash resumes its own unfinished jobs only,
-- never those another node may be running at that moment. Jobs recorded before have none and go to any node.
alter table ingest_job add column runner varchar(100);
