package org.lessons.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Karibu's mocked Vaadin with real routing, whose views are built by the test with real services, as Spring
 * would inject them. Navigation, URL parameters and the back-and-forth of a view then run as in the browser.
 */
public final class ViewTesting {

    private ViewTesting() {}

    public static void open(Map<Class<? extends Component>, Supplier<? extends Component>> views) {
        Routes routes = new Routes(new HashSet<>(views.keySet()), new HashSet<>(), true);
        MockVaadin.setup(UI::new, new MockVaadinServlet(routes, UI::new) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, UI::new) {
                    @Override
                    protected Instantiator createInstantiator() {
                        return new ViewInstantiator(this, views);
                    }
                };
                service.init();
                routes.register(service.getContext());
                return service;
            }
        });
    }

    public static void close() {
        MockVaadin.tearDown();
    }

    private static final class ViewInstantiator extends DefaultInstantiator {
        private final Map<Class<? extends Component>, Supplier<? extends Component>> views;

        ViewInstantiator(MockService service, Map<Class<? extends Component>, Supplier<? extends Component>> views) {
            super(service);
            this.views = views;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            Supplier<? extends Component> factory = views.get(type);
            return factory == null ? super.getOrCreate(type) : type.cast(factory.get());
        }
    }
}
