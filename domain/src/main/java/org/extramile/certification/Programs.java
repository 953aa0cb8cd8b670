package org.extramile.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.extramile.scenario.ScenarioCatalogue;
import org.extramile.settings.OrganisationSettings;
import org.extramile.shared.ConflictException;
import org.extramile.shared.InvalidException;
import org.extramile.shared.NotFoundException;
import org.extramile.shared.Violation;

/** The programs, and a trainer's use cases on them. */
@ApplicationScoped
@Transactional
public class Programs {

    @Inject
    EntityManager em;

    @Inject
    ScenarioCatalogue scenarios;

    @Inject
    OrganisationSettings organisation;

    @Inject
    Links links;

    @Inject
    Clock clock;

    public List<ProgramView> all() {
        return em.createQuery("select p from Program p order by p.slug", Program.class).getResultList().stream()
                .map(Program::view)
                .toList();
    }

    /** Who issues a new program's certificates unless the trainer says otherwise: the organisation, at its address. */
    public Issuer defaultIssuer() {
        return new Issuer(organisation.name(), links.base(), null);
    }

    public ProgramView get(String slug) {
        return program(slug).view();
    }

    public ProgramView create(
            @NotNull(message = "A program is required.") @Valid ProgramDefinition definition, String by) {
        if (find(definition.slug()).isPresent()) {
            throw new ConflictException("The slug '" + definition.slug() + "' is taken: choose another.");
        }
        checkScenariosExist(definition);
        Program program = new Program(definition, by, clock.instant(), today());
        em.persist(program);
        em.flush();
        return program.view();
    }

    /** Changes a program, if the trainer edited the version that is current; issued certificates keep theirs. */
    public ProgramView update(
            String slug, @NotNull(message = "A program is required.") @Valid ProgramDefinition definition, String by) {
        Program program = program(slug);
        if (!slug.equals(definition.slug())) {
            throw new InvalidException(
                    List.of(new Violation("/slug", "A program's slug cannot change: it is " + slug + ".")));
        }
        if (definition.version() == null || definition.version() != program.version()) {
            throw new ConflictException("You edited version " + definition.version() + " of the program '" + slug
                    + "', but it is now at version " + program.version()
                    + ": reload it and apply your change again.");
        }
        checkScenariosExist(definition);
        program.define(definition, by, clock.instant(), today());
        em.flush();
        return program.view();
    }

    /** The programs that require a scenario. */
    List<Program> requiring(String scenario) {
        return em.createQuery("select p from Program p order by p.id", Program.class).getResultList().stream()
                .filter(p -> p.requires(scenario))
                .toList();
    }

    Program program(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("There is no program '" + slug + "'."));
    }

    Optional<Program> find(String slug) {
        return em.createQuery("select p from Program p where p.slug = :slug", Program.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    private void checkScenariosExist(ProgramDefinition definition) {
        List<Violation> violations = new ArrayList<>();
        List<String> slugs = definition.scenarios();
        for (int i = 0; i < slugs.size(); i++) {
            if (!scenarios.exists(slugs.get(i))) {
                violations.add(new Violation("/scenarios/" + i, "There is no scenario '" + slugs.get(i) + "'."));
            } else if (slugs.indexOf(slugs.get(i)) != i) {
                violations.add(
                        new Violation("/scenarios/" + i, "The scenario '" + slugs.get(i) + "' is listed twice."));
            }
        }
        InvalidException.throwIfAny(violations);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
