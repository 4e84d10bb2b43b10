package kz.emocare.hub.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import kz.emocare.contracts.region.Region;
import kz.emocare.hub.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organisations", description = "Schools, clinics and public bodies; consents name them as recipients.")
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationController {

    private final OrganizationRepository organizations;

    OrganizationController(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Operation(summary = "List organisations", description = "Optionally only one kind (SCHOOL, CLINIC, ...).")
    @GetMapping
    Page<OrganizationView> list(
            @RequestParam(required = false) OrganizationKind kind,
            @PageableDefault(sort = "name", direction = Sort.Direction.ASC) Pageable page) {
        Page<Organization> found = kind == null ? organizations.findAll(page) : organizations.findByKind(kind, page);
        return found.map(OrganizationView::of);
    }

    @Operation(summary = "One organisation")
    @GetMapping("/{organizationId}")
    OrganizationView get(@PathVariable UUID organizationId) {
        return organizations
                .findById(organizationId)
                .map(OrganizationView::of)
                .orElseThrow(() -> new NotFoundException("No such organisation."));
    }

    record OrganizationView(UUID id, OrganizationKind kind, String name, Region region) {

        static OrganizationView of(Organization organization) {
            return new OrganizationView(
                    organization.id(), organization.kind(), organization.name(), organization.region());
        }
    }
}
