package uk.gov.local.sectorsupport.programme;

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
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;

@ApplicationScoped
@Transactional
public class ProgrammeService {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ProgrammeView> search(ProgrammeFilter filter, PageRequest pageRequest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.theme() != null) {
            where.add("theme = :theme");
            parameters.put("theme", filter.theme());
        }
        if (filter.funder() != null) {
            where.add("funder = :funder");
            parameters.put("funder", filter.funder());
        }
        if (filter.organisation() != null) {
            where.add("deliveringOrganisation.id = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        if (filter.audience() != null) {
            where.add("audience = :audience");
            parameters.put("audience", filter.audience());
        }
        if (filter.activeIn() != null) {
            where.add("activeFromYear <= :year and (activeToYear is null or activeToYear >= :year)");
            parameters.put("year", filter.activeIn().startYear());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.add("lower(name) like :pattern escape '\\'");
            parameters.put("pattern", "%" + filter.query().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var query = Programme.<Programme>find(where.isEmpty() ? "true" : String.join(" and ", where),
                Sort.ascending("name").and("id"), parameters);
        long total = query.count();
        FinancialYear current = currentYear();
        List<ProgrammeView> items = query.range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1)
                .list().stream().map(programme -> ProgrammeView.from(programme, current)).toList();
        return new PageResult<>(items, pageRequest, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProgrammeView> find(String id) {
        return Programme.<Programme>findByIdOptional(id).map(programme -> ProgrammeView.from(programme, currentYear()));
    }

    private FinancialYear currentYear() {
        return FinancialYear.of(LocalDate.now(clock));
    }
}
