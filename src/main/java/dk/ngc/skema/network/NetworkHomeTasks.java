package dk.ngc.skema.network;

import dk.ngc.skema.base.HomeTask;
import dk.ngc.skema.base.HomeTasks;
import dk.ngc.skema.base.Messages;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * "Appoint a member" on the home page: per network, the open seats the person's organisation fills (a region its own
 * seat, an LVS society one of the three LVS seats, RKKP and Danske Patienter theirs), with how many are left.
 */
@Component
@Order(50)
class NetworkHomeTasks implements HomeTasks {

    static final String FEATURE = "network";
    static final String ROUTE = "netvaerk/";

    private final NetworkService networks;

    NetworkHomeTasks(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public List<HomeTask> tasksFor(SkemaUser user, Locale locale) {
        if (!user.hasAnyRole()) {
            return List.of();
        }
        return networks.myOpenSeats().stream()
                .map(open -> HomeTask.todo(FEATURE, Messages.get(locale, "network.task.appoint", open.name(locale)), ROUTE + open.networkId())
                        .left(open.open(), open.seats()))
                .toList();
    }
}
