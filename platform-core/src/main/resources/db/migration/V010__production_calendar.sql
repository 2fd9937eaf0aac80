-- Производственный календарь: which years are entered (by government decree), and the days that differ
-- from Monday–Friday in them: federal holidays (Labor Code art. 112), extra days off and working
-- Saturdays moved by the decree, and days off a region declares. Reference data, not tenant-owned:
-- every signed-in user reads it; the platform admin enters it. A year without a row here is missing:
-- deadlines that reach into it are not computed as if it were Monday–Friday.
create table calendar_year (
    year        integer       primary key check (year between 2000 and 2100),
    decree      varchar(300)  not null,
    entered_by  varchar(200)  not null,
    entered_at  timestamptz   not null,
    version     bigint        not null default 0
);

create table calendar_day (
    id          uuid          primary key,
    day         date          not null,
    kind        varchar(16)   not null check (kind in ('HOLIDAY', 'DAY_OFF', 'WORKING')),
    region_id   uuid          references region (id),
    note        varchar(300),
    version     bigint        not null default 0
);
create unique index calendar_day_federal_uq on calendar_day (day) where region_id is null;
create unique index calendar_day_region_uq on calendar_day (region_id, day) where region_id is not null;

grant select, insert, update on calendar_year to ${app_role};
grant select, insert, update, delete on calendar_day to ${app_role};

insert into calendar_year (year, decree, entered_by, entered_at) values
    (2024, 'Постановление Правительства РФ от 10.08.2023 № 1314', 'system', now()),
    (2025, 'Постановление Правительства РФ от 04.10.2024 № 1335', 'system', now()),
    (2026, 'Постановление Правительства РФ от 24.09.2025 № 1466', 'system', now());

-- federal holidays of each entered year (Labor Code art. 112)
insert into calendar_day (id, day, kind, note)
select gen_random_uuid(), make_date(y, m, d), 'HOLIDAY', n
from (values (2024), (2025), (2026)) years(y)
cross join (values (1, 1, 'Новогодние каникулы'), (1, 2, 'Новогодние каникулы'), (1, 3, 'Новогодние каникулы'),
                   (1, 4, 'Новогодние каникулы'), (1, 5, 'Новогодние каникулы'), (1, 6, 'Новогодние каникулы'),
                   (1, 7, 'Рождество Христово'), (1, 8, 'Новогодние каникулы'), (2, 23, 'День защитника Отечества'),
                   (3, 8, 'Международный женский день'), (5, 1, 'Праздник Весны и Труда'), (5, 9, 'День Победы'),
                   (6, 12, 'День России'), (11, 4, 'День народного единства')) holidays(m, d, n);

-- days moved by the decrees
insert into calendar_day (id, day, kind, note) values
    (gen_random_uuid(), date '2024-04-29', 'DAY_OFF', 'Перенос по постановлению № 1314'),
    (gen_random_uuid(), date '2024-04-30', 'DAY_OFF', 'Перенос по постановлению № 1314'),
    (gen_random_uuid(), date '2024-05-10', 'DAY_OFF', 'Перенос по постановлению № 1314'),
    (gen_random_uuid(), date '2024-12-30', 'DAY_OFF', 'Перенос по постановлению № 1314'),
    (gen_random_uuid(), date '2024-12-31', 'DAY_OFF', 'Перенос по постановлению № 1314'),
    (gen_random_uuid(), date '2024-04-27', 'WORKING', 'Рабочая суббота по постановлению № 1314'),
    (gen_random_uuid(), date '2024-11-02', 'WORKING', 'Рабочая суббота по постановлению № 1314'),
    (gen_random_uuid(), date '2024-12-28', 'WORKING', 'Рабочая суббота по постановлению № 1314'),
    (gen_random_uuid(), date '2025-05-02', 'DAY_OFF', 'Перенос по постановлению № 1335'),
    (gen_random_uuid(), date '2025-05-08', 'DAY_OFF', 'Перенос по постановлению № 1335'),
    (gen_random_uuid(), date '2025-06-13', 'DAY_OFF', 'Перенос по постановлению № 1335'),
    (gen_random_uuid(), date '2025-11-03', 'DAY_OFF', 'Перенос по постановлению № 1335'),
    (gen_random_uuid(), date '2025-12-31', 'DAY_OFF', 'Перенос по постановлению № 1335'),
    (gen_random_uuid(), date '2025-11-01', 'WORKING', 'Рабочая суббота по постановлению № 1335'),
    (gen_random_uuid(), date '2026-01-09', 'DAY_OFF', 'Перенос по постановлению № 1466'),
    (gen_random_uuid(), date '2026-03-09', 'DAY_OFF', 'Перенос по постановлению № 1466'),
    (gen_random_uuid(), date '2026-05-11', 'DAY_OFF', 'Перенос по постановлению № 1466'),
    (gen_random_uuid(), date '2026-12-31', 'DAY_OFF', 'Перенос по постановлению № 1466');
