-- Marks the accounts the demo made (its three public accounts, and those invited while the demo runs):
-- the demo refuses to start on a database that holds any other account, instead of adding
-- administrators with public passwords next to real ones.
alter table accounts_user add column created_in_demo boolean default false not null;
update accounts_user set created_in_demo = true
    where email in ('redacteur@demo.example', 'editeur@demo.example', 'admin@demo.example');
