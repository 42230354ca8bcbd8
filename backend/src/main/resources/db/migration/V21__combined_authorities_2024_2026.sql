-- Combined authorities the mySociety register (data package 1.6.1, July 2025) lacks or has stale.
-- Sources, one per change, are in db/reference/README.md ("Corrections after loading").
-- Member councils are each authority's constituent councils, as V2 records them for the others.

-- 1. North East Mayoral Combined Authority, established 7 May 2024 in place of the North East Combined Authority
--    (Durham, Gateshead, South Tyneside and Sunderland) and the North of Tyne Combined Authority, both abolished.
--    The North East Mayoral Combined Authority (Establishment and Functions) Order 2024 (S.I. 2024/402).
insert into council (gss_code, local_authority_code, name, official_name, type, region, nation, start_date, end_date)
values ('E47000014', 'NEMC', 'North East MCA', 'North East Mayoral Combined Authority', 'combined-authority',
        'north-east', 'england', date '2024-05-07', null);

update council set end_date = date '2024-05-06' where gss_code in ('E47000010', 'E47000011');

insert into council_succession (predecessor_gss_code, successor_gss_code)
values ('E47000010', 'E47000014'),
       ('E47000011', 'E47000014');

update council set combined_authority_gss_code = 'E47000014'
where gss_code in ('E06000047',   -- County Durham
                   'E08000037',   -- Gateshead
                   'E08000023',   -- South Tyneside
                   'E08000024',   -- Sunderland
                   'E06000057',   -- Northumberland
                   'E08000021',   -- Newcastle upon Tyne
                   'E08000022');  -- North Tyneside

-- 2. Devon and Torbay Combined County Authority, established 5 February 2025.
--    The Devon and Torbay Combined County Authority Regulations 2025 (S.I. 2025/115).
insert into council (gss_code, local_authority_code, name, official_name, type, region, nation, start_date, end_date)
values ('E47000015', 'DTCA', 'Devon and Torbay CCA', 'Devon and Torbay Combined County Authority',
        'combined-authority', 'south-west', 'england', date '2025-02-05', null);

update council set combined_authority_gss_code = 'E47000015'
where gss_code in ('E10000008',   -- Devon
                   'E06000027');  -- Torbay

-- 3. Lancashire Combined County Authority, established 5 February 2025.
--    The Lancashire Combined County Authority Regulations 2025 (S.I. 2025/118).
insert into council (gss_code, local_authority_code, name, official_name, type, region, nation, start_date, end_date)
values ('E47000018', 'LCCA', 'Lancashire CCA', 'Lancashire Combined County Authority', 'combined-authority',
        'north-west', 'england', date '2025-02-05', null);

update council set combined_authority_gss_code = 'E47000018'
where gss_code in ('E10000017',   -- Lancashire
                   'E06000009',   -- Blackpool
                   'E06000008');  -- Blackburn with Darwen

-- 4. Stale establishment dates: the register has the first mayoral election (1 May 2025) for two authorities
--    established on 5 February 2025, and the day the East Midlands regulations were made (27 February 2024) for an
--    authority they brought into being the day after.
--    The Greater Lincolnshire Combined County Authority Regulations 2025 (S.I. 2025/117);
--    The Hull and East Yorkshire Combined Authority Order 2025 (S.I. 2025/113);
--    The East Midlands Combined County Authority Regulations 2024 (S.I. 2024/232).
update council set start_date = date '2025-02-05' where gss_code = 'E47000017';   -- Greater Lincolnshire CCA
update council set start_date = date '2025-02-05' where gss_code = 'E47000016';   -- Hull and East Yorkshire
update council set start_date = date '2024-02-28' where gss_code = 'E47000013';   -- East Midlands CCA

-- 5. A stale name: the register calls the Hull and East Yorkshire authority "Yorkshire and The Humber MCA"; the
--    Order names it the Hull and East Yorkshire Combined Authority.
update council set name = 'Hull and East Yorkshire', official_name = 'Hull and East Yorkshire Combined Authority'
where gss_code = 'E47000016';
