CREATE TABLE settings (
    id          integer PRIMARY KEY,
    theme       text DEFAULT 'light',
    page_size   integer DEFAULT 20,
    beta        boolean,
    created_at  timestamptz,
    updated_at  timestamptz DEFAULT now(),
    token       uuid,
    valid_until date DEFAULT CURRENT_DATE + 30,
    locale      varchar(10) DEFAULT 'en'::character varying
);
