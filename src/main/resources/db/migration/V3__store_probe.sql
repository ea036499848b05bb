-- One row the store's health check updates to learn whether the database can commit a write again after it could
-- not (a full disk, a lost connection). Not a record: nothing of the chain is ever updated.
CREATE TABLE store_probe (
    id         INT NOT NULL PRIMARY KEY,
    checked_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO store_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
