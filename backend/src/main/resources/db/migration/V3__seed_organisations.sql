insert into organisation (id, name, full_name, role, website) values
    ('lga', 'LGA', 'Local Government Association', 'lga', 'https://www.local.gov.uk'),
    ('solace', 'Solace', 'Society of Local Authority Chief Executives and Senior Managers', 'partner', 'https://solace.org.uk'),
    ('adass', 'ADASS', 'Association of Directors of Adult Social Services', 'partner', 'https://www.adass.org.uk'),
    ('cfgs', 'CfGS', 'Centre for Governance and Scrutiny', 'partner', 'https://www.cfgs.org.uk'),
    ('local-partnerships', 'Local Partnerships', 'Local Partnerships LLP', 'partner', 'https://localpartnerships.gov.uk'),
    ('leadership-centre', 'Leadership Centre', 'The Leadership Centre for Local Government', 'partner', 'https://www.leadershipcentre.org.uk'),
    ('pas', 'PAS', 'Planning Advisory Service', 'partner', 'https://www.local.gov.uk/pas');
