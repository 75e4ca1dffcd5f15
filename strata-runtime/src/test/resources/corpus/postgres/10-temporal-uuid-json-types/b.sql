CREATE TABLE events (
    id            bigint PRIMARY KEY,
    name          text NOT NULL,
    public_id     uuid NOT NULL DEFAULT gen_random_uuid(),
    occurred_at   timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    local_time    time without time zone,
    zoned_time    time(3) with time zone,
    day           date,
    payload       jsonb NOT NULL DEFAULT '{}',
    raw_payload   json,
    source_ip     inet,
    mac           macaddr,
    body          bytea,
    price         money,
    bits          bit varying(16),
    doc           xml,
    point_at      point,
    search        tsvector
);
