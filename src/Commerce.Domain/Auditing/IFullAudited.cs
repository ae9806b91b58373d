namespace Commerce.Auditing;

public interface IFullAudited : IHasCreationAudit, IHasModificationAudit, IHasDeletionAudit;
