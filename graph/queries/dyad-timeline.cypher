// about: month by month, both directions of a dyad of countries: events (and the sentences telling them), Goldstein sum and mean, counts per quad class
// param a string
// param b string
MATCH (s:Actor)-[e:EVENT]->(t:Actor)
WHERE e.counts AND ((s.country = $a AND t.country = $b) OR (s.country = $b AND t.country = $a))
RETURN e.month AS month, s.country AS source, t.country AS target, count(e) AS events, sum(e.mentions) AS mentions,
       sum(e.goldstein) AS goldstein, avg(e.goldstein) AS mean_goldstein,
       sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END) AS verbal_coop,
       sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END) AS material_coop,
       sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
       sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict
ORDER BY month, source, target
