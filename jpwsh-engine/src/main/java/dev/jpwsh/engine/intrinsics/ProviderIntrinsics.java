package dev.jpwsh.engine.intrinsics;

import dev.jpwsh.engine.exec.Frame;
import dev.jpwsh.engine.exec.PSException;
import dev.jpwsh.engine.provider.ContainerCmdletProvider;
import dev.jpwsh.engine.provider.ItemCmdletProvider;
import dev.jpwsh.engine.provider.ProviderContext;
import dev.jpwsh.engine.provider.ProviderPath;
import dev.jpwsh.engine.provider.SessionProviders;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $PSCmdlet.InvokeProvider} and {@code $ExecutionContext.InvokeProvider}: the session's providers called
 * directly, without a cmdlet. {@code Item} tests for and gets items, {@code ChildItem} tells whether a container has
 * children.
 */
@dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.ProviderIntrinsics")
public final class ProviderIntrinsics {
    private final Frame frame;

    ProviderIntrinsics(Frame frame) {
        this.frame = frame;
    }

    public Item getItem() {
        return new Item();
    }

    public ChildItem getChildItem() {
        return new ChildItem();
    }

    private ProviderContext context() {
        return new ProviderContext(frame, false, e -> {
        });
    }

    private List<ProviderPath> expand(String path) {
        return SessionProviders.of(frame.context()).paths().expand(context(), path, false);
    }

    /** {@code InvokeProvider.Item}. */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.ItemCmdletProviderIntrinsics")
    public final class Item {
        /** Whether an item exists at {@code path}; a path no provider can take is false, as Test-Path says. */
        public boolean Exists(String path) {
            try {
                for (ProviderPath p : expand(path)) {
                    if (p.provider() instanceof ItemCmdletProvider items && items.itemExists(context(), p.path())) {
                        return true;
                    }
                }
                return false;
            } catch (PSException e) {
                return false;
            }
        }

        /** The items at {@code path}, as Get-Item gives them. */
        public List<Object> Get(String path) {
            List<Object> items = new ArrayList<>();
            for (ProviderPath p : expand(path)) {
                ItemCmdletProvider provider = p.require(ItemCmdletProvider.class, "Get-Item");
                if (!provider.itemExists(context(), p.path())) {
                    throw dev.jpwsh.engine.provider.ProviderErrors.pathNotFound(path);
                }
                items.add(provider.getItem(context(), p));
            }
            return items;
        }

        @Override
        public String toString() {
            return "System.Management.Automation.ItemCmdletProviderIntrinsics";
        }
    }

    /** {@code InvokeProvider.ChildItem}. */
    @dev.jpwsh.runtime.object.DotNetName("System.Management.Automation.ChildItemCmdletProviderIntrinsics")
    public final class ChildItem {
        /** Whether the container at {@code path} has children. */
        public boolean HasChild(String path) {
            for (ProviderPath p : expand(path)) {
                if (!p.require(ContainerCmdletProvider.class, "Get-ChildItem").childNames(context(), p.path())
                        .isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "System.Management.Automation.ChildItemCmdletProviderIntrinsics";
        }
    }

    @Override
    public String toString() {
        return "System.Management.Automation.ProviderIntrinsics";
    }
}
