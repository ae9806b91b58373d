internal sealed record ListItem(Guid Id, string Title, string Handle, bool InStock, decimal Price, Guid? ImageId);
