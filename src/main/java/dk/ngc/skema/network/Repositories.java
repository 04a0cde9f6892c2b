package dk.ngc.skema.network;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface NetworkRepository extends JpaRepository<Network, Long> {
    List<Network> findAllByOrderByNameDa();
}

interface NetworkGroupRepository extends JpaRepository<NetworkGroup, Long> {
    List<NetworkGroup> findByNetworkIdOrderById(Long networkId);

    List<NetworkGroup> findByNetworkIdIn(Collection<Long> networkIds);

    Optional<NetworkGroup> findByGroupCode(String groupCode);
}

interface NetworkSeatRepository extends JpaRepository<NetworkSeat, Long> {
    List<NetworkSeat> findByNetworkIdOrderByPosition(Long networkId);

    List<NetworkSeat> findByNetworkIdIn(Collection<Long> networkIds);
}

interface AppointmentRepository extends JpaRepository<Appointment, Long> {
    List<Appointment> findByNetworkIdOrderById(Long networkId);

    List<Appointment> findByNetworkIdInAndEndedOnIsNull(Collection<Long> networkIds);
}

interface DirectoryGroupRepository extends JpaRepository<DirectoryGroup, Long> {
    Optional<DirectoryGroup> findByGroupCode(String groupCode);

    boolean existsByNumber(int number);
}

interface DirectoryIndicationRepository extends JpaRepository<DirectoryIndication, Long> {
    Optional<DirectoryIndication> findByCode(String code);

    List<DirectoryIndication> findByGroupCode(String groupCode);
}

interface DirectoryReleaseRepository extends JpaRepository<DirectoryRelease, Long> {
    Optional<DirectoryRelease> findByNumber(int number);

    Optional<DirectoryRelease> findFirstByOrderByNumberDesc();

    List<DirectoryRelease> findAllByOrderByNumberDesc();
}

interface DelimitationRepository extends JpaRepository<Delimitation, Long> {
    List<Delimitation> findByNetworkIdOrderByVersionNumber(Long networkId);

    Optional<Delimitation> findByResponseId(Long responseId);

    List<Delimitation> findByResponseIdIn(java.util.Collection<Long> responseIds);
}
