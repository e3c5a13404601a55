-- The shop's answers to reviews are signed by the team member who wrote them (a snapshot:
-- a removed member's answers keep their name; all null when written with the site's
-- secret key), and may be private: seen in full by the review's author alone, and by
-- everyone else only as "answered privately".
ALTER TABLE review_replies ADD COLUMN member_id text;
ALTER TABLE review_replies ADD COLUMN member_name text;
ALTER TABLE review_replies ADD COLUMN member_role text;
ALTER TABLE review_replies ADD COLUMN private boolean NOT NULL DEFAULT false;
ALTER TABLE review_replies ADD CONSTRAINT review_replies_private_from_the_shop CHECK (seller OR NOT private);
