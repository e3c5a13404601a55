-- A product's questions and their answers. The asker's actor (a visitor, or a signed-in
-- customer as `u:<sub>`) follows the question: private answers are shown to it alone, and
-- "what I asked" reads by it. Statuses and reasons work as reviews' (migration 009).
CREATE TABLE questions (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id text NOT NULL,
  product_id text NOT NULL,
  actor text NOT NULL,
  author text NOT NULL,
  body text NOT NULL,
  locale text,
  status text NOT NULL CHECK (status IN ('published', 'pending', 'hidden')),
  pending_reason text CHECK (pending_reason IN ('moderation', 'reports')),
  reports integer NOT NULL DEFAULT 0,
  -- Kept by recountQuestion (server/data/answers.ts) from the published answers: public
  -- ones count and sum their helpful votes; private ones only say the shop answered.
  answers integer NOT NULL DEFAULT 0 CHECK (answers >= 0),
  private_answers integer NOT NULL DEFAULT 0 CHECK (private_answers >= 0),
  helpful integer NOT NULL DEFAULT 0 CHECK (helpful >= 0),
  -- The shop's first answer, public or private: the seller's queue and the response time.
  shop_answered_at timestamptz,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, id),
  CHECK ((status = 'pending') = (pending_reason IS NOT NULL))
);
-- One index per public sort (server/data/question-pages.ts), and the asker's own questions.
CREATE INDEX questions_newest ON questions (site_id, product_id, status, seq);
CREATE INDEX questions_helpful ON questions (site_id, product_id, status, helpful, seq);
CREATE INDEX questions_unanswered ON questions (site_id, product_id, status, seq) WHERE answers = 0 AND private_answers = 0;
CREATE INDEX questions_by_actor ON questions (site_id, actor, seq);
-- The shop's queues: waiting for its answer (oldest first), and moderation.
CREATE INDEX questions_awaiting_shop ON questions (site_id, seq) WHERE shop_answered_at IS NULL AND status = 'published';
CREATE INDEX questions_by_status ON questions (site_id, status, seq);

CREATE TABLE question_answers (
  site_id text NOT NULL,
  id text NOT NULL,
  question_id text NOT NULL,
  -- Null for the shop's answers.
  actor text,
  author text NOT NULL,
  body text NOT NULL,
  locale text,
  shop boolean NOT NULL,
  -- The team member who wrote a shop answer, as they were named then; null with the secret key.
  member_id text,
  member_name text,
  member_role text,
  private boolean NOT NULL DEFAULT false CHECK (shop OR NOT private),
  status text NOT NULL CHECK (status IN ('published', 'pending', 'hidden')),
  pending_reason text CHECK (pending_reason IN ('moderation', 'reports')),
  reports integer NOT NULL DEFAULT 0,
  helpful integer NOT NULL DEFAULT 0 CHECK (helpful >= 0),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, id),
  FOREIGN KEY (site_id, question_id) REFERENCES questions (site_id, id) ON DELETE CASCADE,
  CHECK ((status = 'pending') = (pending_reason IS NOT NULL))
);
CREATE INDEX answers_by_question ON question_answers (site_id, question_id, seq);
CREATE INDEX answers_by_status ON question_answers (site_id, status, seq);

CREATE TABLE answer_votes (
  site_id text NOT NULL,
  answer_id text NOT NULL,
  actor text NOT NULL,
  PRIMARY KEY (site_id, answer_id, actor),
  FOREIGN KEY (site_id, answer_id) REFERENCES question_answers (site_id, id) ON DELETE CASCADE
);

-- Reports of a question or an answer (`subject`: either's id; the prefixes keep them apart),
-- counted and settled as review reports are (migration 014).
CREATE TABLE question_reports (
  site_id text NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  subject text NOT NULL,
  actor text NOT NULL,
  witness text NOT NULL,
  reason text NOT NULL,
  settled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, subject, actor)
);
