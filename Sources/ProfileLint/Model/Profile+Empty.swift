extension Profile {
    /// A resume before anything is read: what a resume carries is absent until found; the industry,
    /// groups and connections, which no resume carries, stay unknown.
    @inline(__always)
    static var emptyResume: Profile {
        var profile = Profile()
        profile.name = .absent
        profile.headline = .absent
        profile.photo = .absent
        profile.about = .absent
        profile.location = .absent
        profile.profileURL = .absent
        profile.positions = .absent
        profile.education = .absent
        profile.skills = .absent
        profile.languages = .absent
        profile.certifications = .absent
        profile.recommendations = .absent
        return profile
    }

    /// A profile of a format that carries every fact (profilelint's own), before anything is read:
    /// everything is absent until found.
    @inline(__always)
    static var emptyFullProfile: Profile {
        var profile = emptyResume
        profile.industry = .absent
        profile.groups = .absent
        profile.connectionCount = .absent
        return profile
    }
}
