namespace Commerce.Catalog.ProductImages;

/// <summary>The rules of a product's gallery as a whole.</summary>
public static class ProductImageGallery
{
    /// <summary>
    /// Puts the gallery in the order given, which must name every image of it exactly once: a partial or stale list
    /// would leave the images it forgot at places nobody chose.
    /// </summary>
    public static IReadOnlyList<ProductImage> Reorder(IReadOnlyList<ProductImage> gallery, IReadOnlyList<Guid> order)
    {
        var byId = gallery.ToDictionary(i => i.Id);
        if (order.Count != gallery.Count || order.Distinct().Count() != order.Count || !order.All(byId.ContainsKey))
            throw new BusinessException(CommerceErrorCodes.Media.GalleryOrderMismatch, BusinessErrorKind.Invalid);
        for (var position = 0; position < order.Count; position++)
            byId[order[position]].MoveTo(position);
        return [.. order.Select(id => byId[id])];
    }
}
