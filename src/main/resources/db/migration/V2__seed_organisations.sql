-- The organisations of realm-config/skema-realm.json; logins add any the token names that are missing here.
INSERT INTO organisation (code, type, name_da, name_en) VALUES
    ('region-hovedstaden', 'REGION', 'Region Hovedstaden', 'Capital Region of Denmark'),
    ('region-sjaelland', 'REGION', 'Region Sjælland', 'Region Zealand'),
    ('region-syddanmark', 'REGION', 'Region Syddanmark', 'Region of Southern Denmark'),
    ('region-midtjylland', 'REGION', 'Region Midtjylland', 'Central Denmark Region'),
    ('region-nordjylland', 'REGION', 'Region Nordjylland', 'North Denmark Region'),
    ('dsmg', 'LVS', 'Dansk Selskab for Medicinsk Genetik', 'Danish Society of Medical Genetics'),
    ('dcs', 'LVS', 'Dansk Cardiologisk Selskab', 'Danish Society of Cardiology'),
    ('dps', 'LVS', 'Dansk Pædiatrisk Selskab', 'Danish Paediatric Society'),
    ('dhs', 'LVS', 'Dansk Hæmatologisk Selskab', 'Danish Society of Haematology'),
    ('des', 'LVS', 'Dansk Endokrinologisk Selskab', 'Danish Endocrine Society'),
    ('dns', 'LVS', 'Dansk Neurologisk Selskab', 'Danish Neurological Society'),
    ('dsi', 'LVS', 'Dansk Selskab for Infektionsmedicin', 'Danish Society of Infectious Diseases'),
    ('dpsys', 'LVS', 'Dansk Psykiatrisk Selskab', 'Danish Psychiatric Society'),
    ('dsko', 'LVS', 'Dansk Selskab for Klinisk Onkologi', 'Danish Society of Clinical Oncology'),
    ('danske-patienter', 'PATIENTS', 'Danske Patienter', 'Danish Patients'),
    ('rkkp', 'RKKP', 'RKKP videncenter', 'RKKP Knowledge Centre'),
    ('ngc', 'NGC', 'Nationalt Genom Center', 'Danish National Genome Center');
