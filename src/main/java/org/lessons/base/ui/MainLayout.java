package org.lessons.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

/** The application shell: the name, the navigation, who is signed in and the way out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    /**
     * By route path, so that the shell depends on no feature; a feature's screen (saved queries next) is one line
     * here, and stays hidden until its route exists and the user may open it.
     */
    private static final List<Entry> ENTRIES = List.of(
            new Entry("Search", "", VaadinIcon.SEARCH),
            new Entry("Library", "library", VaadinIcon.BOOK),
            new Entry("Matrix", "matrix", VaadinIcon.GRID_SMALL),
            new Entry("Saved queries", "saved-queries", VaadinIcon.BOOKMARK),
            new Entry("Upload", "upload", VaadinIcon.UPLOAD),
            new Entry("Users", "admin/users", VaadinIcon.USERS),
            new Entry("Audit log", "admin/audit", VaadinIcon.CLIPBOARD_TEXT));

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access) {
        Span brand = new Span("Lessons");
        brand.addClassName("brand");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        authentication.getPrincipalName().ifPresent(name -> {
            Span user = new Span(name);
            user.addClassName("signed-in-user");
            Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout account = new HorizontalLayout(user, signOut);
            account.setAlignItems(FlexComponent.Alignment.CENTER);
            header.addAndExpand(new Span());
            header.add(account);
        });
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(navigation(access));
    }

    /**
     * The screens this user may open. Each feature's view says who may open it ({@code @RolesAllowed}); the
     * navigation asks the same checker the router asks, so a link is never shown for a page that would refuse.
     */
    private static SideNav navigation(AccessAnnotationChecker access) {
        SideNav navigation = new SideNav();
        navigation.setLabel("Main navigation");
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        for (Entry entry : ENTRIES) {
            routes.getRoute(entry.path())
                    .filter(access::hasAccess)
                    .ifPresent(view -> navigation.addItem(new SideNavItem(
                            entry.label(), entry.path(), entry.icon().create())));
        }
        return navigation;
    }

    private record Entry(String label, String path, VaadinIcon icon) {}
}
