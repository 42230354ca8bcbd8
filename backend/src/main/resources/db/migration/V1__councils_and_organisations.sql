-- Councils are keyed by their ONS GSS code. Enum columns hold the API's kebab-case codes.
create table council (
    gss_code              varchar(9)   primary key check (gss_code ~ '^[ENSW][0-9]{8}$'),
    local_authority_code  varchar(4)   not null unique,
    name                  text         not null,
    official_name         text         not null,
    type                  text         not null check (type in ('county', 'district', 'unitary',
                              'metropolitan-district', 'london-borough', 'city-corporation',
                              'combined-authority', 'strategic-authority')),
    region                text         not null check (region in ('north-east', 'north-west',
                              'yorkshire-and-the-humber', 'east-midlands', 'west-midlands',
                              'east-of-england', 'london', 'south-east', 'south-west')),
    nation                text         not null check (nation in ('england', 'scotland', 'wales', 'northern-ireland')),
    start_date            date,
    -- last day the council existed (inclusive); null while it exists
    end_date              date,
    county_gss_code       varchar(9)   references council (gss_code),
    combined_authority_gss_code varchar(9) references council (gss_code),
    check (end_date is null or start_date is null or end_date >= start_date)
);

create index council_region_idx on council (region);
create index council_type_idx on council (type);
create index council_lower_name_idx on council (lower(name));

-- Reorganisation: a council replaced by one or more successors (e.g. Cumbria -> Cumberland, Westmorland and Furness).
create table council_succession (
    predecessor_gss_code varchar(9) not null references council (gss_code),
    successor_gss_code   varchar(9) not null references council (gss_code),
    primary key (predecessor_gss_code, successor_gss_code),
    check (predecessor_gss_code <> successor_gss_code)
);

create index council_succession_successor_idx on council_succession (successor_gss_code);

-- The LGA and its delivery partners. A partner's API client is bound to exactly one of these.
create table organisation (
    id        text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name      text not null unique,
    full_name text not null,
    role      text not null check (role in ('lga', 'partner')),
    website   text
);
