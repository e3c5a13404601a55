-- A gift order (bought from a friend's wish list) carries the flag and a note for the shop.
ALTER TABLE orders ADD COLUMN gift boolean NOT NULL DEFAULT false;
ALTER TABLE orders ADD COLUMN note text;
