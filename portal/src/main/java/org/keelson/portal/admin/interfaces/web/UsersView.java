package org.keelson.portal.admin.interfaces.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.keelson.portal.security.UserService;

/** Backs admin/users.xhtml (administrators only, see web.xml): who can sign in, with which roles. */
@Named
@ViewScoped
public class UsersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    private transient List<UserService.Listing> listing;

    public List<UserService.Listing> getUsers() {
        if (listing == null) {
            listing = users.listUsers();
        }
        return listing;
    }
}
