package dk.ngc.skema.qualification;

import dk.ngc.skema.forms.OptionSource;
import dk.ngc.skema.forms.definition.Option;
import dk.ngc.skema.security.CurrentUser;
import dk.ngc.skema.security.SkemaUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The consolidated groups a kvalificeringsskema row may be about ({@value #NAME}), by group id: for a society, the
 * groups it is asked about (so it neither sees the others' names nor answers for them); for NGC every group asked
 * about in any round.
 */
@Component
class QualificationGroupOptions implements OptionSource {

    static final String NAME = "qualification-groups";

    private final QualificationGroupRepository groups;
    private final QualificationAccess access;
    private final CurrentUser currentUser;

    QualificationGroupOptions(QualificationGroupRepository groups, QualificationAccess access, CurrentUser currentUser) {
        this.groups = groups;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> options() {
        SkemaUser user = currentUser.get().orElse(null);
        if (user == null) {
            return List.of();
        }
        return groups.findAll().stream().filter(group -> access.mayReadGroup(user, group.societies()))
                .map(group -> Option.of(String.valueOf(group.groupId), group.groupName, group.groupName)).toList();
    }
}
