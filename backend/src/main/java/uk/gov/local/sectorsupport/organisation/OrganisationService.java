package uk.gov.local.sectorsupport.organisation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    public PageResult<OrganisationView> list(PageRequest pageRequest) {
        var query = Organisation.<Organisation>findAll(Sort.ascending("name").and("id"))
                .page(pageRequest.page() - 1, pageRequest.size());
        return new PageResult<>(query.list().stream().map(OrganisationView::from).toList(), pageRequest, query.count());
    }

    public Optional<OrganisationView> find(String id) {
        return Organisation.<Organisation>findByIdOptional(id).map(OrganisationView::from);
    }
}
