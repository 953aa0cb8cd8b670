package org.extramile.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.extramile.shared.ApplicationStarted;
import org.extramile.shared.ClusterSingleRun;

/**
 * Tells the domain that the application has started, once the web module is up. Its observers seed what a first
 * start needs (accounts, the scenario library, programs, the first signing key): one node at a time, so that nodes
 * started together on a new database do not seed twice or collide; the later ones find it done.
 */
@ApplicationScoped
public class Boot {

    @Inject
    Event<ApplicationStarted> started;

    @Inject
    ClusterSingleRun cluster;

    void onWebModuleStarted(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        cluster.runAlone("first-start-seeding", () -> started.fire(new ApplicationStarted()));
    }
}
