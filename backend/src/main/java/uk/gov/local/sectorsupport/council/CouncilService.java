package uk.gov.local.sectorsupport.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;
import uk.gov.local.sectorsupport.common.persistence.Like;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CouncilService {

    @Inject
    Clock clock;

    public PageResult<CouncilSummary> search(CouncilFilter filter, Sort sort, PageRequest pageRequest) {
        LocalDate today = LocalDate.now(clock);
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.region() != null) {
            where.add("region = :region");
            parameters.put("region", filter.region());
        }
        if (filter.type() != null) {
            where.add("type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.nation() != null) {
            where.add("nation = :nation");
            parameters.put("nation", filter.nation());
        }
        switch (filter.status()) {
            case CURRENT -> {
                where.add("(startDate is null or startDate <= :today) and (endDate is null or endDate >= :today)");
                parameters.put("today", today);
            }
            case ENDED -> {
                where.add("endDate < :today");
                parameters.put("today", today);
            }
            case ALL -> {
            }
        }
        if (filter.query() != null) {
            String query = filter.query();
            where.add("(lower(name) like :pattern escape '\\' or lower(officialName) like :pattern escape '\\'"
                    + " or gssCode = :code)");
            parameters.put("pattern", Like.containsPattern(query));
            parameters.put("code", query.toUpperCase(Locale.ROOT));
        }
        var query = Council.<Council>find(String.join(" and ", where.isEmpty() ? List.of("true") : where),
                sort, parameters);
        long total = query.count();
        List<CouncilSummary> items = query.range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1)
                .list().stream().map(council -> CouncilSummary.from(council, today)).toList();
        return new PageResult<>(items, pageRequest, total);
    }

    public Optional<CouncilDetail> find(String gssCode) {
        return Council.<Council>findByIdOptional(gssCode.toUpperCase(Locale.ROOT))
                .map(council -> CouncilDetail.from(council, LocalDate.now(clock)));
    }
}
