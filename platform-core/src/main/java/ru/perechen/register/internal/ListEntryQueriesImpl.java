package ru.perechen.register.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import ru.perechen.register.ListFilter;

/** Criteria queries: the tenant filter of {@code @TenantId} applies to them like to any JPA query. */
class ListEntryQueriesImpl implements ListEntryQueries {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ListEntryEntity> alive(int version, ListFilter filter, int offset, int limit) {
        HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) em.getCriteriaBuilder();
        CriteriaQuery<ListEntryEntity> query = cb.createQuery(ListEntryEntity.class);
        Root<ListEntryEntity> e = query.from(ListEntryEntity.class);
        query.where(predicates(cb, e, version, filter));
        query.orderBy(cb.asc(cb.coalesce(e.get("groupNumber"), Integer.MAX_VALUE)), cb.asc(e.get("groupTitle")),
                cb.asc(e.get("processName")), cb.asc(cb.coalesce(e.get("unitName"), "")), cb.asc(e.get("touchpointName")),
                cb.asc(e.get("entryKey")));
        return em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countAlive(int version, ListFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ListEntryEntity> e = query.from(ListEntryEntity.class);
        query.select(cb.count(e)).where(predicates(cb, e, version, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<ListEntryEntity> e, int version, ListFilter f) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.le(e.get("validFrom"), version));
        where.add(cb.or(cb.isNull(e.get("validTo")), cb.gt(e.get("validTo"), version)));
        if (f.unitId() != null) {
            where.add(cb.equal(e.get("unitId"), f.unitId()));
        }
        if (f.groupId() != null) {
            where.add(cb.equal(e.get("groupId"), f.groupId()));
        }
        if (f.kind() != null) {
            where.add(cb.equal(e.get("kind"), f.kind()));
        }
        if (f.needId() != null) {
            where.add(cb.like(e.get("needIds"), "%" + f.needId() + "%"));
        }
        if (f.text() != null) {
            for (String word : f.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                where.add(cb.like(e.get("searchText"), "%" + escape(word) + "%", '\\'));
            }
        }
        if (f.entryKeys() != null) {
            where.add(f.entryKeys().isEmpty() ? cb.disjunction() : e.get("entryKey").in(f.entryKeys()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
