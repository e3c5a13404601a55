-- A default wish list has no name of its own: every widget names it in its reader's language
-- (a friend opening a shared list sees "Verlanglijst" or "心愿单", not the English name).
UPDATE wishlists SET name = '' WHERE is_default AND name = 'Wish list';
