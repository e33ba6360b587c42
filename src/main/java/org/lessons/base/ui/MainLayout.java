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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The application shell: the name, the navigation, who is signed in and the way out. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
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
        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem("Search", "", VaadinIcon.SEARCH.create()));
        navigation.setLabel("Main navigation");
        addToDrawer(navigation);
    }
}
