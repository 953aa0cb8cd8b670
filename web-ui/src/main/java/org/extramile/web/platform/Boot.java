package org.extramile.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.extramile.shared.ApplicationStarted;

/** Tells the domain that the application has started, once the web module is up. */
@ApplicationScoped
public class Boot {

    @Inject
    Event<ApplicationStarted> started;

    void onWebModuleStarted(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        started.fire(new ApplicationStarted());
    }
}
