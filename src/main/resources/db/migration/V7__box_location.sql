-- Where each archive box stands, and how thick the boxing plan estimated its volumes (装盒方案).
-- A box made by hand (box create) has no estimate; a box not yet shelved has no room.

ALTER TABLE archive_box ADD COLUMN room VARCHAR(50);            -- 库房
ALTER TABLE archive_box ADD COLUMN cabinet VARCHAR(50);         -- 柜/架
ALTER TABLE archive_box ADD COLUMN shelf VARCHAR(50);           -- 层/格
ALTER TABLE archive_box ADD COLUMN contents_um BIGINT;          -- the volumes' estimated thickness, micrometres
