// about: an actor's partners ranked by Goldstein sum: allies on top, adversaries at the bottom (both directions)
// param actor string
// param limit int 20
MATCH (s:Actor)-[e:EVENT]-(t:Actor)
WHERE e.counts AND s.country = $actor AND t.country <> $actor AND t.code <> '---'
RETURN t.country AS partner, count(e) AS events, sum(e.goldstein) AS goldstein,
       sum(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END) AS cooperation,
       sum(CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END) AS conflict
ORDER BY goldstein DESC, partner
LIMIT $limit
