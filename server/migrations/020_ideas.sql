-- Ideas boards. A board is only an id a page names (<sc-ideas board="…">): a site has as
-- many as it writes, so ideas carry their board and there is no table of boards.
CREATE TABLE ideas (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  board_id text NOT NULL,
  actor text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  author text NOT NULL,
  locale text,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'under_review', 'planned', 'done', 'declined')),
  -- The idea_statuses row that set `status` (its note and who signed it); NULL while new.
  status_seq bigint,
  hidden boolean NOT NULL DEFAULT false,
  votes integer NOT NULL DEFAULT 0 CHECK (votes >= 0),
  comments integer NOT NULL DEFAULT 0 CHECK (comments >= 0),
  -- Insertion order: the tie-break keyset cursors page on.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, id)
);
-- One index per sort, with and without the status filter, of what the public sees; and the
-- "done" list in the order ideas were launched.
CREATE INDEX ideas_new ON ideas (site_id, board_id, seq) WHERE NOT hidden;
CREATE INDEX ideas_top ON ideas (site_id, board_id, votes, seq) WHERE NOT hidden;
CREATE INDEX ideas_new_by_status ON ideas (site_id, board_id, status, seq) WHERE NOT hidden;
CREATE INDEX ideas_top_by_status ON ideas (site_id, board_id, status, votes, seq) WHERE NOT hidden;
CREATE INDEX ideas_launched ON ideas (site_id, board_id, status_seq) WHERE status = 'done' AND NOT hidden;
-- The shop's queue of ideas by status, oldest first, and one visitor's ideas of the day.
CREATE INDEX ideas_for_shop ON ideas (site_id, status, seq);
CREATE INDEX ideas_by_actor ON ideas (site_id, actor, created_at);

-- Every status the shop gave an idea, with its note, signed: a snapshot of the team
-- member's name and role, so a removed member's notes keep their name.
CREATE TABLE idea_statuses (
  site_id text NOT NULL,
  idea_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('new', 'under_review', 'planned', 'done', 'declined')),
  note text NOT NULL,
  member_id text,
  member_name text,
  member_role text,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, seq),
  FOREIGN KEY (site_id, idea_id) REFERENCES ideas (site_id, id) ON DELETE CASCADE
);

-- One vote per visitor or customer and idea; taking it back deletes the row.
CREATE TABLE idea_votes (
  site_id text NOT NULL,
  idea_id text NOT NULL,
  actor text NOT NULL,
  PRIMARY KEY (site_id, idea_id, actor),
  FOREIGN KEY (site_id, idea_id) REFERENCES ideas (site_id, id) ON DELETE CASCADE
);

CREATE TABLE idea_comments (
  site_id text NOT NULL,
  id text NOT NULL,
  idea_id text NOT NULL,
  actor text NOT NULL,
  author text NOT NULL,
  body text NOT NULL,
  locale text,
  hidden boolean NOT NULL DEFAULT false,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, id),
  FOREIGN KEY (site_id, idea_id) REFERENCES ideas (site_id, id) ON DELETE CASCADE
);
CREATE INDEX idea_comments_by_idea ON idea_comments (site_id, idea_id, seq) WHERE NOT hidden;
CREATE INDEX idea_comments_by_actor ON idea_comments (site_id, actor, created_at);
