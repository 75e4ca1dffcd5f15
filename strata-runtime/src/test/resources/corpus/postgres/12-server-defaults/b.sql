CREATE TABLE settings (
    id          integer PRIMARY KEY,
    theme       text DEFAULT 'it''s dark',
    page_size   integer DEFAULT 50,
    beta        boolean DEFAULT false,
    created_at  timestamptz DEFAULT statement_timestamp(),
    updated_at  timestamptz,
    token       uuid DEFAULT gen_random_uuid(),
    valid_until date DEFAULT CURRENT_DATE + 90,
    locale      varchar(10) DEFAULT 'fr'::character varying
);
