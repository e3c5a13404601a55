CREATE TABLE polls (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  question text NOT NULL,
  options jsonb NOT NULL, -- [{ "id", "label" }]
  closed boolean NOT NULL DEFAULT false,
  PRIMARY KEY (site_id, id)
);

-- One vote per visitor per poll; voting again moves it.
CREATE TABLE poll_votes (
  site_id text NOT NULL,
  poll_id text NOT NULL,
  actor text NOT NULL,
  option_id text NOT NULL,
  PRIMARY KEY (site_id, poll_id, actor),
  FOREIGN KEY (site_id, poll_id) REFERENCES polls (site_id, id) ON DELETE CASCADE
);
CREATE INDEX poll_votes_by_option ON poll_votes (site_id, poll_id, option_id);
