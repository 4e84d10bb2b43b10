package kz.emocare.hub.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

    List<Person> findByIinHash(String iinHash);

    @Query("""
            select distinct p from Person p join p.roles r
            where (:role is null or r = :role)
              and (:name is null or lower(p.displayName) like lower(concat('%', :name, '%')))
            """)
    Page<Person> search(Role role, String name, Pageable page);

    @Query("select p from Person p join ExternalIdentity x on x.personId = p.id "
            + "where x.system = :system and x.externalId = :externalId")
    Optional<Person> findByExternalIdentity(String system, String externalId);
}
